"""A live IPsec lab: real IKEv2 tunnels between the emulator's Prisma side and branches.

- :mod:`.host`       what the lab needs (Linux, root, strongSwan, nftables) and how it runs commands
- :mod:`.daemon`     one charon per namespace (kernel-libipsec), driven over vici on a Unix socket
- :mod:`.responder`  the Prisma end, configured from the pushed configuration
- :mod:`.lab`        namespaces, links, faults, status, and a teardown that works after a crash
"""
