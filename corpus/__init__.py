"""The bundled corpus: five French articles on North Korea and Russia (see README.md here)."""
