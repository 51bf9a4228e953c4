config = {'db': {'host': 'h', 'ports': [1, 2]}}
port = config['db']['ports'][5]
