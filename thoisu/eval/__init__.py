"""Evaluation: the gold dev set (tests/gold/) and the scorers behind `thoisu eval`."""
