"""Screenshots for README and the AppStream metainfo (``make screenshots``)."""
