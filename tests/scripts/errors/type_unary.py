word = 'text'
-word
