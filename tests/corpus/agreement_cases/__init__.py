"""The agreement corpus of issue 13, one file per group of classes; ``corpus/agreement.py`` joins them."""
