module gbtrack

go 1.26.8
