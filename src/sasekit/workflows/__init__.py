"""Workflow runner and the helper steps it chains between Prisma Access API calls."""
