"""The history feature's services: the SQLite store on its own thread (``access``) and the
recorder that turns run states and self-check results into history entries. No widgets."""
