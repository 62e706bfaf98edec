"""Benchmarks for thoisu; run them all with ``make bench`` (``python -m bench``).

The corpus is read from ``../shared/corpus/unc`` and never copied into the repository; figures go
to ``bench/results/latest.json`` (git-ignored), ``docs/benchmarks.md`` and the README.
"""
