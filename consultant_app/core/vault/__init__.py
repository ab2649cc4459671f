"""The encrypted local store: SQLCipher connection, key wrapping, schema, repositories, audit log."""
