"""The job search in numbers (issue 13): what `onward report` shows.

`data.py` is the shape of a report; `collect.py` builds it from the state (the job mail the service
and `onward scan --since` recorded, matched into applications); `render_text.py` / `render_html.py`
show it. Everything is computed on the user's machine from the state file: no network.
"""
