"""mesomap: plan and record mesotherapy injection maps on real-scale anatomical templates."""

__version__ = "0.1.0"
