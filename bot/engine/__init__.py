"""The game itself, pure and deterministic: no I/O, no clock, no Discord or backend imports."""
