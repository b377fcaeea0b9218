"""The Discord front-end: the client, the narrator's webhook voice and `loremaster run`."""
