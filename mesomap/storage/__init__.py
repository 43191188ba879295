"""Qt-free storage: SQLAlchemy models, engine factory, migrations and repositories."""
