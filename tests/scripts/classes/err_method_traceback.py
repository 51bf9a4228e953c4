class Parser:
    def __init__(self, text):
        self.text = text

    def parse(self):
        return [self.convert(part) for part in self.text.split(",")]

    def convert(self, part):
        return int(part)


print(Parser("1,2,3").parse())
Parser("4,five,6").parse()
