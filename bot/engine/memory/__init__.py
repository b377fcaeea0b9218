"""Long-term memory, the pure part: world state, summaries, retrieval and their prompts."""
