"""The imperative shell's use cases, shared by the Discord cogs and the console."""
