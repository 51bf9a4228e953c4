class Student:
    def __init__(self, name, grade):
        self.name = name
        self.grade = grade

    def __lt__(self, other):
        return (self.grade, self.name) < (other.grade, other.name)

    def __repr__(self):
        return f"{self.name}:{self.grade}"


people = [Student("cy", 90), Student("al", 85), Student("bo", 90), Student("di", 70)]
print(sorted(people))
print(sorted(people, reverse=True))
print(sorted(people, key=lambda s: s.name))
people.sort()
print(people)
print(min(people), max(people))
print(sorted(people, key=lambda s: -s.grade))
