"""The product's rules, in pure Python: nothing here may import Qt."""
