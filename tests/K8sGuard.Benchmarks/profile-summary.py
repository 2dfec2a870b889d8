#!/usr/bin/env python3
"""Summarises a dotnet-trace Speedscope file (thread-time samples) of the benchmark's --profile / --profile-floor mode.

usage: profile-summary.py TRACE.speedscope.json [ANCHOR] [TOP]
  ANCHOR  a frame-name fragment; only time spent under a frame containing it counts (default: the K8sGuard assembly)
  TOP     how many frames to list (default 40)

Prints the total time under the anchor, how much of it was waiting for a GC or a lock, and the frames below the
anchor by inclusive share. Divide the total by the number of runs the benchmark printed (plus warm-up) for a per-run figure.
"""
import collections
import json
import sys

trace = json.load(open(sys.argv[1]))
anchor = sys.argv[2] if len(sys.argv) > 2 else 'K8sGuard.Analyzers!'
top = int(sys.argv[3]) if len(sys.argv) > 3 else 40
frames = [f['name'] for f in trace['shared']['frames']]
anchors = {i for i, name in enumerate(frames) if anchor in name}

inclusive = collections.Counter()
waits = collections.Counter()
total = 0.0
for profile in trace['profiles']:
    stack, last, anchored_at = [], None, None
    for event in profile['events']:
        at = event['at']
        if last is not None and anchored_at is not None and stack:
            elapsed = at - last
            total += elapsed
            below = stack[anchored_at:]
            for frame in set(below):
                inclusive[frame] += elapsed
            names = [frames[f] for f in below]
            kind = 'GC wait' if any('PollGC' in n for n in names) else 'lock wait' if any('Enter_Slowpath' in n for n in names) else 'running'
            waits[kind] += elapsed
        last = at
        if event['type'] == 'O':
            stack.append(event['frame'])
            if anchored_at is None and event['frame'] in anchors:
                anchored_at = len(stack) - 1
        else:
            stack.pop()
            if anchored_at is not None and len(stack) <= anchored_at:
                anchored_at = None

print(f'time under "{anchor}": {total:.0f} ms')
for kind, ms in waits.most_common():
    print(f'  {kind}: {ms:.0f} ms ({100 * ms / max(total, 1e-9):.1f} %)')
for frame, ms in inclusive.most_common(top):
    print(f'{100 * ms / max(total, 1e-9):6.1f} %  {frames[frame][:170]}')
