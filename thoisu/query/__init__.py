"""The query layer: plain functions over a `Store` returning JSON-ready dicts.

The CLI, the HTTP API and the web page all call these, so one query answers all three.
"""
