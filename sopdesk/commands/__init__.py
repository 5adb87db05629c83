"""One module per command group. Each has `register(sub)` that adds its parsers
with `set_defaults(handler=...)`; a handler takes (args, ctx) and returns the exit code."""
