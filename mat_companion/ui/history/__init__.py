"""The history feature: its page, table model, record editor, trends and charts."""
