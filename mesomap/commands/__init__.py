"""One module per `mesomap` subcommand; each defines ``register(subparsers)``.

A command function receives the parsed ``argparse.Namespace`` (``args.db`` is the global
``--db``) and returns the process exit code. User errors are printed as one sentence to
stderr with a non-zero exit code, never as a traceback.
"""
