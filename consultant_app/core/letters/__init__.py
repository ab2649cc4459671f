"""Letters from Word templates: the field catalogue, the template library and its lint, the
sandboxed render, PDF through LibreOffice, and the service that keeps every letter in the vault.
Importing this package is cheap; docxtpl loads only when a template is read."""
