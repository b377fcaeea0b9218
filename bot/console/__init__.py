"""Console play: the same engine and store as the Discord bot, at one keyboard."""
