"""The bot's features, one module each, each ending in `setup(bot)` (see `client.FEATURES`)."""
