"""didit-async."""
