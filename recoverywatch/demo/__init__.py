"""The bundled demo: a small fictional web site served on 127.0.0.1."""
