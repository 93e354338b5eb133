"""The progress feature: the page that shows the path through the stages."""
