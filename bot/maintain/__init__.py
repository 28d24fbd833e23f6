"""What maintainers use to keep the fact base useful after launch: live reload, the gaps
people hit and their votes in SQLite, the gaps report, and drafting facts for a new article.

Nothing here imports discord: the Discord layer plugs into these through plain callables.
"""
