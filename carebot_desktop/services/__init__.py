"""Plain-Python services over the data layer (no Qt): sign-in, permissions, demo data."""
