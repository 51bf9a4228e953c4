def connect(host, port=80):
    return host + ':' + str(port)
print(connect('example', port=8080))
connect('example', prt=8080)
