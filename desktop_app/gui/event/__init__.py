"""The event workspace: the event sheet, agenda tables, topic lists and coverage as data."""
