"""The office's own registration: what the annual report counts besides the client files."""
