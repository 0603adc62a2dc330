"""The Self-check tab: warning signs first, then the health screen and the legs, then a result
that can start today's warm-up (through the run controller)."""
