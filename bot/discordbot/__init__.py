"""The Discord front end: a thin layer that turns messages and slash commands into engine
calls and answers into embeds. Only this package (and `bot.commands.discord_run`) imports
discord.py."""
