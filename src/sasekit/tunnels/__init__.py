"""IPsec tunnels between branch sites and Prisma Access, from one intent, both sides.

- :mod:`.intent`   the intent file: sites, WAN links, BGP, crypto (secrets by reference)
- :mod:`.model`    the one normalised tunnel model both sides are built from and read into
- :mod:`.region`   which Prisma location and SPN a site goes to, and why
- :mod:`.prisma`   the tenant read once; model -> SCM objects; SCM objects -> model
- :mod:`.plan`     what to create, update or leave alone, in dependency order, with diffs
- :mod:`.apply`    a plan carried out by the workflow runner (history, resume, one push)
- :mod:`.devices`  branch configurations: strongSwan + FRR, Junos ``set`` commands
- :mod:`.check`    both sides compared; the IKEv2 outcome predicted; events with fixes

Everything goes through the client's engine; nothing here sends a request of its own.
"""
