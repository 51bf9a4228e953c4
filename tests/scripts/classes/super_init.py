class Animal:
    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
        print("Animal.__init__", name)

    def speak(self):
        return f"{self.name} says {self.sound}"


class Dog(Animal):
    def __init__(self, name):
        super().__init__(name, "woof")
        self.tricks = []
        print("Dog.__init__", name)

    def speak(self):
        base = super().speak()
        return base + "!"


class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
        print("Puppy.__init__", name, age)

    def speak(self):
        return super().speak().upper()


d = Dog("rex")
print(d.speak())
p = Puppy("bit", 1)
print(p.speak())
print(p.name, p.sound, p.age, p.tricks)
a = Animal("generic")
print(a.speak())
