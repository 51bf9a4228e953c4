# scheduler.py: a round-robin task scheduler driven by a hand-written heap.
#
#   build/vm run programs/scheduler.py
#   python3 programs/scheduler.py             prints the same timeline
#
# Look for: a binary min-heap (PriorityQueue) written from scratch with
# __len__ and __bool__, tasks ordered by __lt__ on (priority, arrival) so
# equal priorities stay first-come first-served, a simulated clock, tasks
# that need several time slices and get re-queued, and a summary table
# built with comprehensions and f-string alignment.


class PriorityQueue:
    """Smallest item first; items only need __lt__."""

    def __init__(self):
        self.heap = []

    def __len__(self):
        return len(self.heap)

    def __bool__(self):
        return len(self.heap) > 0

    def push(self, item):
        heap = self.heap
        heap.append(item)
        i = len(heap) - 1
        while i > 0:
            parent = (i - 1) // 2
            if not heap[i] < heap[parent]:
                break
            heap[i], heap[parent] = heap[parent], heap[i]
            i = parent

    def pop(self):
        if not self.heap:
            raise IndexError("pop from an empty priority queue")
        heap = self.heap
        top = heap[0]
        last = heap.pop()
        if heap:
            heap[0] = last
            i = 0
            while True:
                smallest = i
                for child in (2 * i + 1, 2 * i + 2):
                    if child < len(heap) and heap[child] < heap[smallest]:
                        smallest = child
                if smallest == i:
                    break
                heap[i], heap[smallest] = heap[smallest], heap[i]
                i = smallest
        return top


class Task:
    arrivals = 0

    def __init__(self, name, priority, work):
        self.name = name
        self.priority = priority   # lower number = more urgent
        self.remaining = work
        self.waited = 0
        self.finished_at = None
        self.requeue()

    def requeue(self):
        Task.arrivals += 1
        self.arrival = Task.arrivals

    def __lt__(self, other):
        return (self.priority, self.arrival) < (other.priority, other.arrival)

    def __repr__(self):
        return f"{self.name}(p{self.priority}, {self.remaining} left)"


SLICE = 3
INCOMING = {   # time -> tasks that arrive at that moment
    0: [("backup", 3, 7), ("email", 2, 2)],
    2: [("alarm", 0, 1)],
    5: [("render", 1, 5), ("index", 3, 4)],
    9: [("ping", 0, 1)],
}


def simulate():
    queue = PriorityQueue()
    done = []
    clock = 0
    pending = sorted(INCOMING)
    while queue or pending:
        while pending and pending[0] <= clock:
            due = pending.pop(0)
            late = f" (due at t={due}, noticed after a slice)" if due < clock else ""
            for spec in INCOMING[due]:
                task = Task(*spec)
                print(f"t={clock:>2}  arrive   {task!r}{late}")
                queue.push(task)
        if not queue:
            clock = pending[0]
            continue
        task = queue.pop()
        run = min(SLICE, task.remaining)
        print(f"t={clock:>2}  run      {task.name} for {run} (queue: {len(queue)})")
        clock += run
        task.remaining -= run
        for other in queue.heap:
            other.waited += run
        if task.remaining:
            task.requeue()
            queue.push(task)
        else:
            task.finished_at = clock
            done.append(task)
            print(f"t={clock:>2}  finish   {task.name}")
    return done


finished = simulate()
print()
print(f"{'task':<8}{'prio':>5}{'waited':>8}{'done at':>9}")
for task in finished:
    print(f"{task.name:<8}{task.priority:>5}{task.waited:>8}{task.finished_at:>9}")
print(f"average wait: {sum(t.waited for t in finished) / len(finished):.2f}")
print("finish order:", " -> ".join(t.name for t in finished))

q = PriorityQueue()
try:
    q.pop()
except IndexError as e:
    print("empty queue:", e)
