class Robot:
    def __init__(self):
        self.position = 0
        self.battery = 100

    def move(self):
        self.position += 1


r = Robot()
r.move()
print(r.position)
try:
    r.positon
except AttributeError as e:
    print("caught:", e)
try:
    r.mvoe()
except AttributeError as e:
    print("caught:", e)
try:
    Robot.batery
except AttributeError as e:
    print("caught:", e)
print(r.batery)
