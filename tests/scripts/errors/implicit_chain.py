try:
    {}['missing']
except KeyError:
    print('handling')
    undefined_in_handler
