# SystemExit unwinds through finally blocks and can be caught.
import sys
def run():
    try:
        sys.exit(4)
    finally:
        print('finally runs during exit')
try:
    run()
except SystemExit as e:
    print('caught SystemExit with code', e.code, e.args)
try:
    sys.exit('msg')
except SystemExit as e:
    print('code is the message:', e.code)
try:
    sys.exit()
except SystemExit as e:
    print('no-arg code:', e.code)
print('exiting for real')
raise SystemExit(2)
