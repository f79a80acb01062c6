package hostile

import (
	"crypto/md5"
	"crypto/rc4"
	"encoding/binary"
	"fmt"
)

// passwordPad pads passwords to 32 bytes in the standard security handler (PDF 32000-1, 7.6.3.3).
var passwordPad = []byte{
	0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
	0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
}

// permissions is /P: every permission granted. The bits matter only in that they enter the key.
const permissions int32 = -4

// rc4Security is the standard security handler, revision 2: RC4 with a 40-bit key, the scheme
// of PDF 1.1 to 1.3 that every reader still has to open.
type rc4Security struct {
	key  []byte // 5 bytes
	o, u []byte // 32 bytes each
}

func pad(password string) []byte {
	p := []byte(password)
	if len(p) > 32 {
		p = p[:32]
	}
	return append(p, passwordPad[:32-len(p)]...)
}

func rc4Crypt(key, data []byte) []byte {
	c, err := rc4.NewCipher(key)
	if err != nil {
		// Only a key outside 1..256 bytes fails, and the keys here are 5 to 16 bytes.
		panic(fmt.Sprintf("rc4 key of %d bytes: %v", len(key), err))
	}
	out := make([]byte, len(data))
	c.XORKeyStream(out, data)
	return out
}

func newRC4Security(user, owner string, id []byte) *rc4Security {
	// Algorithm 3: /O is the padded user password under a key from the owner password.
	ownerKey := md5.Sum(pad(owner))
	o := rc4Crypt(ownerKey[:5], pad(user))
	// Algorithm 2: the file key from the user password, /O, /P and the first /ID string.
	h := md5.New()
	h.Write(pad(user))
	h.Write(o)
	var p [4]byte
	perm := permissions
	binary.LittleEndian.PutUint32(p[:], uint32(perm))
	h.Write(p[:])
	h.Write(id)
	key := h.Sum(nil)[:5]
	// Algorithm 4: /U is the padding encrypted with the file key.
	return &rc4Security{key: key, o: o, u: rc4Crypt(key, passwordPad)}
}

// dict is the encryption dictionary; its own strings are never encrypted.
func (s *rc4Security) dict() string {
	return fmt.Sprintf("<</Filter /Standard /V 1 /R 2 /Length 40 /O <%x> /U <%x> /P %d>>", s.o, s.u, permissions)
}

// crypt encrypts (or decrypts: RC4 is symmetric) a string or stream of object num, gen with
// the object key of algorithm 1.
func (s *rc4Security) crypt(num, gen int, data []byte) []byte {
	h := md5.New()
	h.Write(s.key)
	h.Write([]byte{byte(num), byte(num >> 8), byte(num >> 16), byte(gen), byte(gen >> 8)})
	k := h.Sum(nil)[:min(len(s.key)+5, 16)]
	return rc4Crypt(k, data)
}
