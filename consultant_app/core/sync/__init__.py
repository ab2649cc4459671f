"""Sync with the office's central registry: the protocol both sides speak (protocol.py), the
device's side of it (engine.py over the vault, transport.py over HTTP) and the credentials it keeps."""
