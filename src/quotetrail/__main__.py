from quotetrail.cli import run

run()
