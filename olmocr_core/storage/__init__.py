"""One interface over local paths and ``s3://`` URLs, and the PDF sources named on a command line.

facade   Storage: read, write, write-if-absent, compare-and-swap update, list, glob, local copies
objects  ObjectInfo and ``s3://`` URL parsing, shared by every backend
local    the local-disk backend (atomic renames, hard links, flock)
s3       the S3 backend (boto3, conditional PUTs, retries)
globs    glob patterns to regexes with the standard library's rules, so S3 and local globs agree
sources  command-line sources (files, folders, globs, prefixes, .txt lists) expanded to PDF paths
"""
