"""talksbot: grounded answers about the U.S.–India defence talks of October 2020."""

__version__ = "0.1.0"
