"""The main window's parts, one job each, which ``ui.main_window.MainWindow`` composes.

Their strings keep the translation context ``MainWindow``: they were the window's, and
the catalogues translate them there.
"""
