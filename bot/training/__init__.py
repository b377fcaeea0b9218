"""Learning from the table's feedback: a DPO pass on the preference export, and an
evaluation that compares two narrator models on the guards' failure rates.

Heavy imports (torch, transformers, trl, datasets) stay inside the functions that
need them, so the `loremaster` command starts fast without the `train` extra.
"""
